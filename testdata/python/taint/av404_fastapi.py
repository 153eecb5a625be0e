from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
BASE = Path("/srv/files")


@app.get("/files/{name:path}")
def get_file(name: str):
    return FileResponse(f"/srv/files/{name}")  # want: AV404


@app.get("/text")
def get_text(name: str):
    # A query parameter holds any text, slashes included.
    return (BASE / name).read_text()  # want: AV404


@app.get("/logo/{name}")
def get_logo(name: str):
    # One path segment: Starlette's {name} never matches a slash.
    return FileResponse(BASE / f"{name}.png")  # ok: AV404


@app.get("/safe/{name}")
def get_safe(name: str):
    path = (BASE / name).resolve()
    if not path.is_relative_to(BASE):
        raise HTTPException(status_code=404)
    return FileResponse(path)  # ok: AV404


@app.get("/report/{report_id}")
def get_report(report_id: int):
    return FileResponse(f"/srv/reports/{report_id}.pdf")  # ok: AV404
