"""FastAPI service guarded by an API key header and HTTP Basic auth."""
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException, Security
from fastapi.security import APIKeyHeader, HTTPBasic, HTTPBasicCredentials
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    api_key: str
    admin_user: str = "admin"
    admin_password: str


settings = Settings()
app = FastAPI()
security = HTTPBasic()
api_key_header = APIKeyHeader(name="X-API-Key")


async def verify_key(x_api_key: str = Header(...)):
    if x_api_key != settings.api_key:  # want: AV605
        raise HTTPException(status_code=401)


async def verify_security(api_key: str = Security(api_key_header)):
    if api_key == settings.api_key:  # want: AV605
        return api_key
    raise HTTPException(status_code=403)


def current_admin(credentials: HTTPBasicCredentials = Depends(security)):
    if credentials.password != settings.admin_password:  # want: AV605
        raise HTTPException(status_code=401, headers={"WWW-Authenticate": "Basic"})
    return credentials.username


def current_admin_safe(credentials: HTTPBasicCredentials = Depends(security)):
    ok_user = secrets.compare_digest(credentials.username.encode(), settings.admin_user.encode())
    ok_pass = secrets.compare_digest(credentials.password.encode(), settings.admin_password.encode())  # ok: AV605
    if not (ok_user and ok_pass):
        raise HTTPException(status_code=401, headers={"WWW-Authenticate": "Basic"})
    if credentials.username != settings.admin_user:  # ok: AV605 (user names are not secret)
        raise HTTPException(status_code=401)
    return credentials.username


@app.get("/items", dependencies=[Depends(verify_key)])
async def items(x_api_key: str = Header(None)):
    if x_api_key is None:  # ok: AV605
        raise HTTPException(status_code=401)
    return []
