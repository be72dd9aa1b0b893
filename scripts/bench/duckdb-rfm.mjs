// The same RFM job as `crm rfm FILE --json` in one DuckDB SQL query, for `npm run bench` to compare with.
// Usage: node scripts/bench/duckdb-rfm.mjs FILE.csv — writes one JSON object per customer on stdout.
// Same definitions as docs/contracts.md §5: as-of = the day after the latest date; a purchase is a positive
// amount; recency = days from the last purchase; frequency = distinct orders among purchases; monetary = the
// sum of all amounts; rank scores 1 + ⌊5·L/N⌋ (L = customers strictly worse); cn8 segments (高 = above the mean).
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
const quoted = `'${file.replaceAll("'", "''")}'`;
const keys = ['important-value', 'important-retain', 'important-develop', 'important-winback', 'general-value', 'general-retain', 'general-develop', 'general-winback'];

const sql = `
COPY (
  WITH t AS (
    SELECT "会员号" AS customer, "订单号" AS ord, "下单时间" AS day, "实付金额" AS amount
    FROM read_csv(${quoted}, header = true, columns = {'订单号': 'VARCHAR', '会员号': 'VARCHAR', '下单时间': 'DATE', '实付金额': 'DOUBLE'})
  ),
  measures AS (
    SELECT customer,
      (SELECT max(day) FROM t) + 1 - max(day) FILTER (WHERE amount > 0) AS recency,
      count(DISTINCT ord) FILTER (WHERE amount > 0) AS frequency,
      sum(amount) AS monetary
    FROM t GROUP BY customer HAVING count(*) FILTER (WHERE amount > 0) > 0
  ),
  scored AS (
    SELECT *,
      1 + floor(5 * (rank() OVER (ORDER BY recency DESC) - 1) / count(*) OVER ())::INTEGER AS r,
      1 + floor(5 * (rank() OVER (ORDER BY frequency) - 1) / count(*) OVER ())::INTEGER AS f,
      1 + floor(5 * (rank() OVER (ORDER BY monetary) - 1) / count(*) OVER ())::INTEGER AS m
    FROM measures
  ),
  means AS (SELECT avg(r) AS mr, avg(f) AS mf, avg(m) AS mm FROM scored)
  SELECT customer, recency, frequency, monetary, r, f, m, concat(r, f, m) AS code,
    [${keys.map((k) => `'${k}'`).join(', ')}][1 + (CASE WHEN m > mm THEN 0 ELSE 4 END) + (CASE WHEN f > mf THEN 0 ELSE 2 END) + (CASE WHEN r > mr THEN 0 ELSE 1 END)] AS segmentKey
  FROM scored, means
) TO '/dev/stdout' (FORMAT json)`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(sql);
connection.closeSync();
