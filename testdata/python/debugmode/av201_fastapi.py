"""Payments API on FastAPI."""
import os

import fastapi
import uvicorn
from fastapi import FastAPI

app = FastAPI(title="Payments API", debug=True)  # want: AV201
admin = fastapi.FastAPI(**{"debug": True})  # want: AV201
internal = FastAPI(debug=False)  # ok: AV201
public = FastAPI(debug=os.environ.get("API_DEBUG") == "1")  # ok: AV201
app.debug = True  # want: AV201
public.debug = False  # ok: AV201


@app.get("/health")
async def health():
    return {"status": "ok"}


if __name__ == "__main__":
    # uvicorn dropped its debug parameter in 0.19 (TypeError); reload is not debug mode.
    uvicorn.run(app, host="0.0.0.0", port=8000, reload=True)  # ok: AV201
    uvicorn.run(app, debug=True)  # ok: AV201
