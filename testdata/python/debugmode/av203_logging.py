"""Nightly export job for the reporting API."""
import logging
import logging as log
import logging.config
import os
from logging import DEBUG

logging.basicConfig(level=logging.DEBUG)  # want: AV203
logging.basicConfig(level="DEBUG", format="%(asctime)s %(name)s %(message)s")  # want: AV203
log.basicConfig(level=10)  # want: AV203
logging.basicConfig(level=DEBUG)  # want: AV203
logging.getLogger().setLevel(logging.DEBUG)  # want: AV203
logging.root.setLevel(log.DEBUG)  # want: AV203
logging.getLogger("urllib3").setLevel(logging.DEBUG)  # want: AV203

logger = logging.getLogger(__name__)
logger.setLevel("DEBUG")  # want: AV203

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))  # ok: AV203
logging.basicConfig(level=logging.INFO)  # ok: AV203
logging.basicConfig(level=logging.DEBUG if os.environ.get("VERBOSE") else logging.INFO)  # ok: AV203
logger.setLevel(logging.WARNING)  # ok: AV203
handler = logging.StreamHandler()
handler.setLevel(logging.DEBUG)  # ok: AV203 (a handler filters; it does not widen)
logger.addHandler(handler)
logger.debug("export started")  # ok: AV203
logging.debug("rows: %d", 10)  # ok: AV203

LOG_LEVEL = "DEBUG"  # want: AV203
DEFAULT_LOG_LEVEL = logging.INFO  # ok: AV203
APP_LOG_LEVEL = 10  # want: AV203
TRACE_LOG_LEVEL = 5  # ok: AV203
DEBUG_LOGGING_LEVEL = logging.DEBUG  # ok: AV203

logging.config.dictConfig({
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler", "level": "DEBUG"}},  # ok: AV203
    "root": {"handlers": ["console"], "level": "DEBUG"},  # want: AV203
    "loggers": {"reporting.export": {"level": "DEBUG"}},  # ok: AV203 (the job's own logger)
})


def export(rows, verbose=False):
    logger.setLevel(logging.DEBUG)  # ok: AV203 (a local choice inside one job)
    if verbose:
        logging.basicConfig(level=logging.DEBUG)  # ok: AV203 (decided at run time)
    for row in rows:
        logger.debug("row %s", row)


def setup_debugging(args):
    if not args.debug:
        return
    logging.basicConfig(level=logging.DEBUG)  # ok: AV203 (after a guard on the debug flag)


def setup_logging(args):
    if not args.config:
        return
    logging.basicConfig(level=logging.DEBUG)  # want: AV203 (the guard is not about debugging)


def main():
    logging.basicConfig(level=logging.DEBUG)  # want: AV203
    export([])


if __name__ == "__main__":
    main()
