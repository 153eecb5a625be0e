"""AV503 with urllib3."""
import ssl

import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_NONE")  # want: AV503
pool = urllib3.HTTPSConnectionPool("api.example.com", cert_reqs=ssl.CERT_NONE)  # want: AV503
named = urllib3.PoolManager(assert_hostname=False)  # want: AV503

verified = urllib3.PoolManager(cert_reqs="CERT_REQUIRED")  # ok: AV503
hostname = urllib3.PoolManager(assert_hostname="api.example.com")  # ok: AV503
