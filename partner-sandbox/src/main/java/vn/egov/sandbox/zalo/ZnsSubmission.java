package vn.egov.sandbox.zalo;

import java.util.Map;

/**
 * One "send template message" request as ZNS receives it, fields as sent, possibly {@code null}.
 *
 * @param accessToken the {@code access_token} header
 * @param phone phone
 * @param templateId template_id
 * @param templateData template_data
 * @param trackingId tracking_id, the client's own id for the message
 */
public record ZnsSubmission(
        String accessToken, String phone, String templateId, Map<String, Object> templateData, String trackingId) {}
