"""RFM measures with pandas, for `npm run bench` to compare with `crm rfm` on the same file.

Usage: /usr/bin/python3 scripts/bench-pandas.py FILE.csv
(Debian's pandas: `apt-get install -y python3-pandas`; a pyenv `python3` on PATH may lack it.)

Same definitions as SPEC §5: as-of = the day after the latest date; a purchase is a positive amount;
recency = days from the last purchase; frequency = distinct orders among purchases; monetary = the sum
of all amounts. Prints the number of customers and the seconds taken (import included) on stderr.
"""
import sys
import time

start = time.perf_counter()
import pandas as pd  # noqa: E402  (timed: part of end to end)

df = pd.read_csv(sys.argv[1], dtype={'订单号': str, '会员号': str})
df['day'] = pd.to_datetime(df['下单时间'], format='%Y-%m-%d')
as_of = df['day'].max() + pd.Timedelta(days=1)
purchases = df[df['实付金额'] > 0]
rfm = purchases.groupby('会员号').agg(last=('day', 'max'), frequency=('订单号', 'nunique'))
rfm['recency'] = (as_of - rfm['last']).dt.days
rfm['monetary'] = df.groupby('会员号')['实付金额'].sum()
print(f'{len(rfm)} customers, {time.perf_counter() - start:.3f} s', file=sys.stderr)
