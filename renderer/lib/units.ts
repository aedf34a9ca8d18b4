/** Units as Chinese sources write them (data, not UI text): offered for amounts and targets in either UI language. */
export const AMOUNT_UNITS = ['亿元', '万元', '元', '亿美元', '家', '户', '个', '项', '%'] as const;
