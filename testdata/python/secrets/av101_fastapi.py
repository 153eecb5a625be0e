"""Inventory API: FastAPI with OAuth2 password flow and JWT, after the FastAPI tutorial."""
from datetime import datetime, timedelta, timezone
from typing import Annotated

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status
from fastapi.security import APIKeyHeader, OAuth2PasswordBearer
from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings

# openssl rand -hex 32, pasted into the module.
SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"  # want: AV101
ALGORITHM = "HS256"  # ok: AV101
ACCESS_TOKEN_EXPIRE_MINUTES = 30

fake_users_db = {
    "johndoe": {
        "username": "johndoe",
        "hashed_password": "$2b$12$EixZaYVK1fsbw1ZfbX3OXePaWxn96p36WQoeG6Lruj3vjPGga31lW",  # ok: AV101
        "disabled": False,
    }
}


class Settings(BaseSettings):
    app_name: str = "inventory"
    admin_api_key: str = "Xk9#mP2$vL7@qR4!"  # want: AV101
    webhook_secret: str = Field(default="wh7Kq2Xv9Lm4Pz8R")  # want: AV101
    database_password: str = Field("Rt5!yU8#iO2@pA6$", min_length=8)  # want: AV101
    jwt_secret: str = Field(default=..., alias="JWT_SECRET")  # ok: AV101
    token_url: str = "/auth/token"  # ok: AV101
    api_key_header: str = "X-Inventory-Key"  # ok: AV101


settings = Settings()
app = FastAPI(title="inventory")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")  # ok: AV101
api_key_scheme = APIKeyHeader(name="X-API-Key", auto_error=False)  # ok: AV101


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"  # ok: AV101


def create_access_token(data: dict, expires_delta: timedelta | None = None) -> str:
    to_encode = data.copy()
    expire = datetime.now(timezone.utc) + (expires_delta or timedelta(minutes=15))
    to_encode.update({"exp": expire})
    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)  # ok: AV101


def verify_service(x_service_token: Annotated[str, Header()], service_key: str = "Sv4#kQ9!mZ2@xW7p"):  # want: AV101
    if x_service_token != "a7Fq9Lm2Xz4Kv8Rt3Wp6":  # want: AV101
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="bad token")  # ok: AV101


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)], api_key: str | None = Depends(api_key_scheme)):
    if api_key is not None and api_key == "":  # ok: AV101
        raise HTTPException(status_code=401, detail="Invalid authentication credentials")  # ok: AV101
    payload = jwt.decode(token, settings.jwt_secret, algorithms=[ALGORITHM])  # ok: AV101
    return payload.get("sub")


@app.post("/token")
async def login(form_token_type: str = "password"):  # ok: AV101
    return {"access_token": create_access_token({"sub": "johndoe"}), "token_type": "bearer"}  # ok: AV101
