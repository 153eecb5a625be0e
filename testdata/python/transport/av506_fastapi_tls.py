"""AV506: a FastAPI app served by uvicorn with TLS."""
import uvicorn
from fastapi import Depends, FastAPI
from fastapi.security import HTTPBasic, HTTPBasicCredentials

app = FastAPI()
security = HTTPBasic()


@app.get("/me")
def me(credentials: HTTPBasicCredentials = Depends(security)):
    return {"user": credentials.username}


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", ssl_certfile="cert.pem", ssl_keyfile="key.pem")  # ok: AV506
