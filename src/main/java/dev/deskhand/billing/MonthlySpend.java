package dev.deskhand.billing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a workspace spent on one assistant in one month, in one currency: the net of the
 * invoices it received, credit notes subtracted.
 *
 * @param member the assistant's member id
 * @param month {@code yyyy-MM} in the workspace's time zone
 */
public record MonthlySpend(UUID member, String month, String currency, BigDecimal net) {
}
