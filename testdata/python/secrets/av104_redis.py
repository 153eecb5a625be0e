"""Rate limiter and session store on Redis."""
import os

import redis
from redis.asyncio import from_url as async_from_url

limiter = redis.from_url("redis://:R4t3L1m1t!@redis.internal:6379/0")  # want: AV104
sessions = redis.Redis.from_url("rediss://default:S3ss10nPw9Xz@sessions.internal:6380/0")  # want: AV104
pubsub = async_from_url("redis://events:Ev3ntsPw7Kq@events.internal:6379")  # want: AV104

local = redis.from_url("redis://localhost:6379/0")  # ok: AV104
dev = redis.from_url("redis://:devpassword@localhost:6379/0")  # ok: AV104 (a local development server)
configured = redis.from_url(os.environ["REDIS_URL"])  # ok: AV104
templated = redis.from_url("redis://:{password}@redis.internal:6379/0".format(password=os.environ["REDIS_PASSWORD"]))  # ok: AV104
