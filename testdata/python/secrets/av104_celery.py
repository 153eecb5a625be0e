"""Background jobs: Celery on RabbitMQ with results in Redis."""
import os

from celery import Celery

app = Celery("jobs", broker="amqp://jobs:J0bsBr0k3r!@rabbitmq.internal:5672/jobs")  # want: AV104
app.conf.result_backend = "redis://:R3sultsPw8Kz@redis.internal:6379/3"  # want: AV104
app.conf.broker_url = os.environ["CELERY_BROKER_URL"]  # ok: AV104
app.conf.result_backend = "redis://redis.internal:6379/3"  # ok: AV104
