"""Work handed to a background task or a thread pool runs the same-module function with the
arguments given after it: request data still reaches its sinks."""
import subprocess

from fastapi import BackgroundTasks, FastAPI
from fastapi.concurrency import run_in_threadpool
from starlette.background import BackgroundTask
from starlette.responses import JSONResponse

app = FastAPI()


def render(fmt: str, name: str) -> None:
    subprocess.run(f"pandoc -t {fmt} reports/{name}.md", shell=True, check=False)  # want: AV402


def archive(name: str) -> None:
    subprocess.run(["tar", "czf", "/tmp/archive.tgz", name], check=False)


def thumbnail(size: str) -> bytes:
    return subprocess.check_output("convert in.png -resize " + size + " out.png", shell=True)  # want: AV402


def cleanup(days: int) -> None:
    subprocess.run(f"find /tmp/reports -mtime +{days} -delete", shell=True, check=False)


@app.post("/render")
async def start_render(fmt: str, name: str, tasks: BackgroundTasks):
    tasks.add_task(render, fmt, name=name)
    tasks.add_task(archive, name)
    return {"queued": True}


@app.post("/thumbnail")
async def make_thumbnail(size: str):
    data = await run_in_threadpool(thumbnail, size)
    return {"bytes": len(data)}


@app.post("/cleanup")
async def start_cleanup(days: int):
    return JSONResponse({"queued": True}, background=BackgroundTask(cleanup, days))
