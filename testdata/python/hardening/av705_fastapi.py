"""Tokens on FastAPI: cookies set on the response."""
from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/token")
async def token(response: Response):
    response.set_cookie(key="jwt", value="t", httponly=True)  # want: AV705
    response.set_cookie(key="jwt", value="t", httponly=True, secure=True, samesite="strict")  # ok: AV705
    response.set_cookie(key="ui_theme", value="dark")  # ok: AV705
    return {"ok": True}
