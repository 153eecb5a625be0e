"""Inventory API on FastAPI: exception handlers and routes with and without internal details."""
import traceback

from fastapi import FastAPI, HTTPException, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from sqlalchemy.exc import SQLAlchemyError

app = FastAPI()


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    return JSONResponse(status_code=500, content={"detail": str(exc)})  # want: AV702


@app.exception_handler(RequestValidationError)
async def invalid(request: Request, exc: RequestValidationError):
    return JSONResponse(status_code=422, content={"detail": exc.errors()})  # ok: AV702 (validation errors are for the client)


async def db_error(request, exc):
    return PlainTextResponse(f"database error: {exc}", status_code=503)  # want: AV702


app.add_exception_handler(SQLAlchemyError, db_error)


@app.get("/items/{item_id}")
async def get_item(item_id: int):
    try:
        return load(item_id)
    except KeyError as e:
        raise HTTPException(status_code=404, detail=f"no item {e}")  # ok: AV702 (a client error)
    except SQLAlchemyError as e:
        raise HTTPException(status_code=500, detail=str(e))  # want: AV702
    except Exception as e:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail=traceback.format_exc())  # want: AV702


@app.post("/items")
async def create_item(item: dict):
    try:
        save(item)
    except Exception as e:
        return {"error": str(e)}  # want: AV702
    return {"ok": True}


@app.post("/batch")
async def batch(items: list):
    try:
        save(items)
    except Exception as e:
        return {"error": "batch failed", "type": type(e).__name__}  # ok: AV702 (the class name only)
    return {"ok": True}


@app.post("/import")
async def import_items(items: list):
    try:
        save(items)
    except Exception as e:
        raise HTTPException(status_code=500, detail="import failed") from e  # ok: AV702
    return {"ok": True}


def load(item_id):
    raise KeyError(item_id)


def save(item):
    pass
