package vn.egov.sandbox.zalo;

/**
 * The OA's ZNS quota as the API reports it after a send.
 *
 * @param dailyQuota messages allowed per day
 * @param remainingQuota messages left today
 */
public record ZnsQuota(int dailyQuota, int remainingQuota) {}
