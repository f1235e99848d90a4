#!/usr/bin/env bash
# Prints an access token from the platform's identity provider, for trying the API with curl.
#
#   scripts/token.sh citizen                 # signs the demo user in (password = user name), PKCE flow
#   scripts/token.sh officer [password]
#   scripts/token.sh --client dossier-service [secret]   # client-credentials token (secret = <id>-secret)
#
#   curl -H "Authorization: Bearer $(scripts/token.sh citizen)" http://localhost:8080/api/dossiers
#
# Environment: EGOV_IDENTITY_ISSUER_URI (default http://localhost:9000), EGOV_WEB_CLIENT_ID (egov-web),
# EGOV_WEB_REDIRECT_URI (http://localhost:8080/callback). Needs curl, openssl, sed, grep.
# The sign-in goes through the real login form, like a browser: cookie jar, CSRF token, redirects; the redirect
# to the front end is never followed, the code is read from its Location header.
set -euo pipefail

issuer="${EGOV_IDENTITY_ISSUER_URI:-http://localhost:9000}"
issuer="${issuer%/}"
client_id="${EGOV_WEB_CLIENT_ID:-egov-web}"
redirect_uri="${EGOV_WEB_REDIRECT_URI:-http://localhost:8080/callback}"

usage() {
  sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
fail() {
  echo "token.sh: $*" >&2
  exit 1
}
access_token_of() {
  # The token response is flat JSON; a JSON parser is not worth a dependency here.
  local token
  token=$(printf '%s' "$1" | tr -d '\n' | sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
  [[ -n "$token" ]] || fail "no access token in the response: $1"
  printf '%s\n' "$token"
}
base64url() {
  openssl base64 -A | tr '+/' '-_' | tr -d '='
}
urlencode() {
  local s="$1" out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c="${s:i:1}"
    case "$c" in
      [a-zA-Z0-9.~_-]) out+="$c" ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}

[[ $# -ge 1 ]] || usage
case "$1" in -h | --help) usage ;; esac

if [[ "$1" == "--client" ]]; then
  [[ $# -ge 2 ]] || usage
  client="$2"
  secret="${3:-$client-secret}"
  response=$(curl -sS -u "$client:$secret" -d grant_type=client_credentials "$issuer/oauth2/token") \
    || fail "cannot reach $issuer"
  access_token_of "$response"
  exit 0
fi

user="$1"
password="${2:-$user}"
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
browser=(curl -sS -b "$jar" -c "$jar" -H 'Accept: text/html' -o /dev/null -w '%{http_code} %{redirect_url}\n')

verifier=$(openssl rand 32 | base64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64url)
state=$(openssl rand -hex 16)

# 1. Ask for a code; the provider sends us to its sign-in page.
authorize="$issuer/oauth2/authorize?response_type=code&client_id=$(urlencode "$client_id")"
authorize+="&redirect_uri=$(urlencode "$redirect_uri")&scope=openid%20profile&state=$state"
authorize+="&code_challenge=$challenge&code_challenge_method=S256"
read -r status login_page < <("${browser[@]}" "$authorize") || fail "cannot reach $issuer"
[[ "$status" == 302 && -n "$login_page" ]] || fail "authorization request answered $status $login_page"

# 2. The sign-in page carries the CSRF token in a hidden input.
html=$(curl -sS -b "$jar" -c "$jar" -H 'Accept: text/html' "$login_page")
csrf=$(printf '%s' "$html" | grep -o '<input[^>]*name="_csrf"[^>]*>' | sed -n 's/.*value="\([^"]*\)".*/\1/p' | head -n 1)
[[ -n "$csrf" ]] || fail "no CSRF token on $login_page"

# 3. Sign in; the provider sends us back to the authorization request.
read -r status next < <("${browser[@]}" --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "$login_page")
[[ "$status" == 302 ]] || fail "sign-in answered $status"
[[ "$next" != *"/login?error"* ]] || fail "wrong user name or password for $user"

# 4. Follow redirects up to the one to the front end, which we read but never call.
for _ in 1 2 3 4 5; do
  [[ "$next" == "$redirect_uri"* ]] && break
  read -r status next < <("${browser[@]}" "$next")
  [[ "$status" == 302 && -n "$next" ]] || fail "unexpected answer $status while following redirects"
done
[[ "$next" == "$redirect_uri"* ]] || fail "never redirected to $redirect_uri"
[[ "$next" != *"error="* ]] || fail "the provider refused: $next"
[[ "$next" == *"state=$state"* ]] || fail "the redirect carried another state: $next"
code=$(printf '%s' "$next" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
[[ -n "$code" ]] || fail "no code in $next"

# 5. Redeem the code with the PKCE verifier (the code stays URL-encoded as the provider sent it).
response=$(curl -sS "$issuer/oauth2/token" -d grant_type=authorization_code -d "code=$code" \
  --data-urlencode "redirect_uri=$redirect_uri" --data-urlencode "client_id=$client_id" \
  --data-urlencode "code_verifier=$verifier")
access_token_of "$response"
