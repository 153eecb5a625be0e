"""Reports API on FastAPI with python-jose."""
import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError, jwt

app = FastAPI()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
SECRET_KEY = os.environ["SECRET_KEY"]
ALGORITHM = "HS256"


async def current_user(token: str = Depends(oauth2_scheme)):
    try:
        payload = jwt.decode(token, SECRET_KEY, options={"verify_signature": False})  # want: AV601
    except JWTError:
        raise HTTPException(status_code=401)
    return payload["sub"]


async def verified_user(token: str = Depends(oauth2_scheme)):
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])  # ok: AV601
    except JWTError:
        raise HTTPException(status_code=401)
    return payload["sub"]


def token_subject(token: str) -> str:
    # get_unverified_claims says what it does; it is not reported.
    return jwt.get_unverified_claims(token)["sub"]  # ok: AV601


@app.get("/reports")
async def reports(user: str = Depends(current_user)):
    return {"user": user, "reports": []}
