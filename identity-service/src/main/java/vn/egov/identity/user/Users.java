package vn.egov.identity.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accounts, in the provider's own PostgreSQL database (tables {@code account} and {@code account_role}). User
 * names are looked up lower-case.
 */
@Component
public class Users {

    private static final String SELECT =
            """
            select a.*, (select string_agg(r.role, ',' order by r.role) from account_role r where r.account_id = a.id)
                as roles
            from account a
            """;

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account with this name in any case, if there is one. */
    public Optional<UserAccount> find(String username) {
        if (!Username.isValid(username)) {
            return Optional.empty();
        }
        return find(new Username(username));
    }

    public Optional<UserAccount> find(Username username) {
        return jdbc.sql(SELECT + " where a.username = ?")
                .param(username.value())
                .query(Users::account)
                .optional();
    }

    /** One page of the accounts in user-name order, of one agency and/or one role when given. */
    public List<UserAccount> page(String agency, Role role, int offset, int limit) {
        Filter filter = Filter.of(agency, role);
        return jdbc.sql(SELECT + filter.where + " order by a.username offset ? limit ?")
                .params(filter.with(offset, limit))
                .query(Users::account)
                .list();
    }

    public long count(String agency, Role role) {
        Filter filter = Filter.of(agency, role);
        return jdbc.sql("select count(*) from account a" + filter.where)
                .params(filter.params)
                .query(Long.class)
                .single();
    }

    /** Every enabled officer, of one agency when given, for the services' internal API. */
    public List<UserAccount> officers(String agency) {
        Filter filter = Filter.of(agency, Role.OFFICER);
        return jdbc.sql(SELECT + filter.where + " and a.enabled order by a.username")
                .params(filter.params)
                .query(Users::account)
                .list();
    }

    /**
     * Opens the account unless one with its name exists (another instance may seed at the same time).
     *
     * @return true when this call opened it
     */
    boolean insertIfAbsent(NewAccount account, String passwordHash, Instant now) {
        Timestamp at = Timestamp.from(now);
        Optional<Long> id = jdbc.sql(
                        """
                        insert into account (username, display_name, password_hash, agency_code, phone, email,
                                             created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (username) do nothing
                        returning id""")
                .params(
                        account.username(),
                        account.name(),
                        passwordHash,
                        account.agency(),
                        account.phone(),
                        account.email(),
                        at,
                        at)
                .query(Long.class)
                .optional();
        id.ifPresent(accountId -> insertRoles(accountId, account.roles()));
        return id.isPresent();
    }

    void replaceRoles(Username username, List<Role> roles, Instant now) {
        long id = idOf(username);
        jdbc.sql("delete from account_role where account_id = ?").param(id).update();
        insertRoles(id, roles);
        touch(id, now);
    }

    void setEnabled(Username username, boolean enabled, Instant now) {
        jdbc.sql("update account set enabled = ?, updated_at = ? where username = ?")
                .params(enabled, Timestamp.from(now), username.value())
                .update();
    }

    /**
     * Counts one more failed sign-in; at {@code maxAttempts} the account is locked until {@code lockUntil} and the
     * count starts again.
     *
     * @return true when this failure locked the account
     */
    boolean recordFailure(Username username, int maxAttempts, Instant now, Instant lockUntil) {
        return jdbc.sql(
                        """
                        update account set
                            locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end,
                            failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
                            updated_at = :now
                        where username = :username
                        returning locked_until = :until""")
                .param("max", maxAttempts)
                .param("until", Timestamp.from(lockUntil))
                .param("now", Timestamp.from(now))
                .param("username", username.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** A successful sign-in: the failure count starts again, and a better hash replaces the stored one if given. */
    void recordSuccess(Username username, String upgradedHash, Instant now) {
        jdbc.sql(
                        """
                        update account set failed_attempts = 0, locked_until = null,
                            password_hash = coalesce(?, password_hash), updated_at = ?
                        where username = ?""")
                .params(upgradedHash, Timestamp.from(now), username.value())
                .update();
    }

    private long idOf(Username username) {
        return jdbc.sql("select id from account where username = ? for update")
                .param(username.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> AccountProblem.notFound(username));
    }

    private void insertRoles(long accountId, List<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("insert into account_role (account_id, role) values (?, ?)")
                    .params(accountId, role.name())
                    .update();
        }
    }

    private void touch(long id, Instant now) {
        jdbc.sql("update account set updated_at = ? where id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        String roles = rs.getString("roles");
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new UserAccount(
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                roles == null
                        ? List.of()
                        : Arrays.stream(roles.split(",")).map(Role::valueOf).toList(),
                rs.getString("agency_code"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                lockedUntil == null ? null : lockedUntil.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The where clause of an agency and/or role filter, with its parameters. */
    private record Filter(String where, List<Object> params) {

        static Filter of(String agency, Role role) {
            List<String> conditions = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (agency != null) {
                conditions.add("a.agency_code = ?");
                params.add(agency);
            }
            if (role != null) {
                conditions.add("exists (select 1 from account_role r where r.account_id = a.id and r.role = ?)");
                params.add(role.name());
            }
            String where = conditions.isEmpty() ? " where true" : " where " + String.join(" and ", conditions);
            return new Filter(where, params);
        }

        Object[] with(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }
}
