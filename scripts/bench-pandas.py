"""The same RFM job as `crm rfm FILE --json` with pandas, for `npm run bench` to compare with.

Usage: /usr/bin/python3 scripts/bench-pandas.py FILE.csv — writes one JSON object per customer on stdout.
(Debian's pandas: `apt-get install -y python3-pandas`; a pyenv `python3` on PATH may lack it.)

Same definitions as docs/contracts.md §5: as-of = the day after the latest date; a purchase is a positive
amount; recency = days from the last purchase; frequency = distinct orders among purchases; monetary = the
sum of all amounts; rank scores 1 + ⌊5·L/N⌋ (L = customers strictly worse: a 'min' rank − 1); cn8 segments
(高 = strictly above the mean score).
"""
import sys

import numpy as np
import pandas as pd

KEYS = np.array(['important-value', 'important-retain', 'important-develop', 'important-winback',
                 'general-value', 'general-retain', 'general-develop', 'general-winback'])

df = pd.read_csv(sys.argv[1], dtype={'订单号': str, '会员号': str})
df['day'] = pd.to_datetime(df['下单时间'], format='%Y-%m-%d')
as_of = df['day'].max() + pd.Timedelta(days=1)
purchases = df[df['实付金额'] > 0]
rfm = purchases.groupby('会员号', sort=False).agg(last=('day', 'max'), frequency=('订单号', 'nunique'))
rfm['recency'] = (as_of - rfm['last']).dt.days
rfm['monetary'] = df.groupby('会员号', sort=False)['实付金额'].sum()
n = len(rfm)
rfm['r'] = 1 + (5 * (rfm['recency'].rank(method='min', ascending=False) - 1) // n).astype(int)
rfm['f'] = 1 + (5 * (rfm['frequency'].rank(method='min') - 1) // n).astype(int)
rfm['m'] = 1 + (5 * (rfm['monetary'].rank(method='min') - 1) // n).astype(int)
rfm['code'] = rfm['r'].astype(str) + rfm['f'].astype(str) + rfm['m'].astype(str)
index = (np.where(rfm['m'] > rfm['m'].mean(), 0, 4) + np.where(rfm['f'] > rfm['f'].mean(), 0, 2)
         + np.where(rfm['r'] > rfm['r'].mean(), 0, 1))
rfm['segmentKey'] = KEYS[index]
out = rfm.reset_index().rename(columns={'会员号': 'customer'})
columns = ['customer', 'recency', 'frequency', 'monetary', 'r', 'f', 'm', 'code', 'segmentKey']
sys.stdout.write(out[columns].to_json(orient='records', lines=True, force_ascii=False))
