import asyncio
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/convert")
async def convert(filename: str, width: int):
    subprocess.call("convert " + filename + " out.png", shell=True)  # want: AV402
    proc = await asyncio.create_subprocess_shell(f"identify {filename}")  # want: AV402
    subprocess.call(f"convert -resize {width} in.png out.png", shell=True)  # ok: AV402
    subprocess.call(["convert", filename, "out.png"])  # ok: AV402
    return {"rc": proc.returncode}
