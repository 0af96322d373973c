"""The pandas route the CLI is compared with (issue #20, tests/bench/cli.bench.ts): Online Retail read
from its CSV (.gz), then the core per-client work: 12-month revenue, ABC by that revenue (80/95),
purchases (distinct invoices), recency in days, R/F/M quintiles; written as JSON records.
Usage: python3 pandasOnlineRetail.py SALES.csv[.gz] OUT.json. Prints PEAK_RSS_KB=... on stderr
(getrusage), for a bench run without /usr/bin/time."""
import resource
import sys

import numpy as np
import pandas as pd

src, dst = sys.argv[1], sys.argv[2]
df = pd.read_csv(src, dtype={'InvoiceNo': str, 'StockCode': str}, parse_dates=['InvoiceDate'])
df = df.dropna(subset=['CustomerID'])
df['amount'] = df['Quantity'] * df['UnitPrice']
df['day'] = df['InvoiceDate'].dt.normalize()
as_of = df['day'].max()
start = as_of - pd.DateOffset(months=12)
by = df.groupby('CustomerID')
out = pd.DataFrame({
    'revenue12': df[df['day'] > start].groupby('CustomerID')['amount'].sum(),
    'purchases': by['InvoiceNo'].nunique(),
    'recencyDays': (as_of - by['day'].max()).dt.days,
    'monetary': by['amount'].sum(),
}).fillna({'revenue12': 0})
value = out['revenue12'].clip(lower=0).sort_values(ascending=False)
share = value.cumsum() / value.sum()
out['abc'] = pd.Series(np.where(share <= 0.8, 'A', np.where(share <= 0.95, 'B', 'C')), index=share.index)


def quintile(s):
    return pd.qcut(s.rank(method='first'), 5, labels=False) + 1


out['r'] = quintile(-out['recencyDays'])
out['f'] = quintile(out['purchases'])
out['m'] = quintile(out['monetary'])
out.reset_index().to_json(dst, orient='records')
sys.stderr.write('PEAK_RSS_KB=%d\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
