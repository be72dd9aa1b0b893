import { matchColumns, type ColumnGuess, type FieldSynonyms } from './match-columns';

/** The columns of a transaction file: who bought, when, how much, and (optionally) in which order. */
export type TransactionField = 'customer' | 'date' | 'amount' | 'order';

/** Which header holds each field; `order` may be null (each purchase row is then its own order). */
export type TransactionMapping = Readonly<Record<TransactionField, string | null>>;

/** Column names that mean each field, most usual first. Compared after `normalizeHeader`. */
export const TRANSACTION_SYNONYMS: FieldSynonyms<TransactionField> = {
  customer: [
    '客户ID', '客户编号', '会员号', '会员ID', '会员编号', '客户号', '客户代码', '客户', '会员', '用户ID', '用户编号', '用户',
    '顾客ID', '顾客编号', '顾客', '买家ID', '买家', '客户名称', '客户姓名', '姓名',
    'customer_id', 'CustomerID', 'customer', 'customer_no', 'customer_number', 'customer_code', 'cust_id', 'client_id',
    'client', 'member_id', 'member', 'user_id', 'user', 'buyer_id', 'buyer', 'customer_name', 'name', 'ID',
  ],
  date: [
    '日期', '下单时间', '下单日期', '交易日期', '购买日期', '订单日期', '付款时间', '付款日期', '支付时间', '成交时间',
    '成交日期', '交易时间', '购买时间', '订单时间', '消费日期', '消费时间', '销售日期', '创建时间', '时间',
    'date', 'order_date', 'InvoiceDate', 'transaction_date', 'purchase_date', 'sale_date', 'order_time', 'datetime',
    'timestamp', 'created_at', 'paid_at', 'time', 'day',
  ],
  amount: [
    '金额', '实付金额', '消费金额', '销售额', '成交金额', '订单金额', '支付金额', '付款金额', '交易金额', '实收金额',
    '销售金额', '应付金额', '总金额', '总价', '合计', '营业额', '收入',
    'amount', 'revenue', 'sales', 'total', 'total_amount', 'order_amount', 'sales_amount', 'value', 'spend', 'payment',
    'monetary',
  ],
  order: [
    '订单号', '订单编号', '订单ID', '单号', '订单', '交易号', '交易编号', '交易ID', '流水号', '发票号', '单据号', '小票号',
    'order_id', 'order', 'order_no', 'order_number', 'InvoiceNo', 'invoice', 'invoice_id', 'transaction_id',
    'transaction', 'txn_id', 'receipt_no', 'receipt',
  ],
};

/**
 * Guesses which column of a transaction file holds the customer, the date, the amount and the order
 * number, from the header names (Chinese or English, Simplified or Traditional, any case or width).
 * A view shows `mapping` and offers `candidates[field]` (best first) so the user can change it.
 *
 * @example guessMapping(['客戶編號', '日期', '金額', '訂單編號']).mapping
 * // { customer: '客戶編號', date: '日期', amount: '金額', order: '訂單編號' }
 * @example guessMapping(['InvoiceNo', 'InvoiceDate', 'CustomerID', 'Amount']).mapping
 * // { customer: 'CustomerID', date: 'InvoiceDate', amount: 'Amount', order: 'InvoiceNo' }
 */
export function guessMapping(headers: readonly string[]): ColumnGuess<TransactionField> {
  return matchColumns(headers, TRANSACTION_SYNONYMS);
}
