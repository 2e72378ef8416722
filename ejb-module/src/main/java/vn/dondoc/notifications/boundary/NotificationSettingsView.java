package vn.dondoc.notifications.boundary;

/**
 * A tenant's reminder settings as shown: N, M, K, the webhook's URL and whether it has a secret
 * (the secret itself is never shown).
 */
public record NotificationSettingsView(
        int daysBefore, int overdueEvery, int escalateAfter, String webhookUrl, boolean webhookSecretSet) {}
