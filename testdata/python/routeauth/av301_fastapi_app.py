"""A FastAPI service whose application carries the guard (FastAPI(dependencies=[...])): every
route is protected, api_route and add_api_route included."""
from fastapi import APIRouter, Depends, FastAPI
from fastapi.security import HTTPBearer

from .security import verify_api_key

bearer = HTTPBearer()
app = FastAPI(dependencies=[Depends(verify_api_key)])
jobs = APIRouter(prefix="/jobs")


@app.api_route("/api/sync", methods=["POST", "PUT"])  # ok: AV301
async def sync():
    return {"ok": True}


@jobs.delete("/{job_id}")  # ok: AV301
async def cancel_job(job_id: int):
    return {"cancelled": job_id}


async def purge_cache():
    return {"purged": True}


app.add_api_route("/admin/cache", purge_cache, methods=["DELETE"])  # ok: AV301
app.include_router(jobs)


internal = FastAPI()


@internal.post("/internal/reindex", dependencies=[Depends(bearer)])  # ok: AV301
async def reindex():
    return {"ok": True}


@internal.delete("/internal/cache")  # want: AV301
async def clear():
    return {"ok": True}


@internal.get("/internal/health")  # ok: AV301
async def health():
    return {"ok": True}
