"""Background jobs: nothing here is a web application."""
import asyncio

from orders.queue import Runner


async def main():
    return None


runner = Runner()
runner.run(debug=True)  # ok: AV201 (not a Flask file, not an app)
asyncio.run(main(), debug=True)  # ok: AV201
