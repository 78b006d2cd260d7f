/**
 * The columns the `cases` and `console` benchmarks vary over the cases they generate from their templates, one
 * per generated number `g`: the deadline (from a year ago to eight months ahead, about a third passed; 5 %
 * none: must leave at once), the request for deferred implementation and the appeal. SQL select-list items
 * for a `FROM generate_series(…) AS g`.
 */
export const GENERATED_CASE_COLUMNS = `CASE WHEN g % 20 = 0 THEN NULL ELSE current_date + ((g * 7919) % 360 - 120)::int END AS deadline,
                CASE WHEN g % 33 = 0 THEN 'requested' WHEN g % 29 = 0 THEN 'granted' WHEN g % 31 = 0 THEN 'denied' ELSE 'none' END AS deferral,
                CASE WHEN g % 11 = 0 THEN 'registered' WHEN g % 53 = 0 THEN 'upheld' WHEN g % 97 = 0 THEN 'reversed' ELSE 'none' END AS appeal`;
