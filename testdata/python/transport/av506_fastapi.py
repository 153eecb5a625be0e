"""AV506 with FastAPI and uvicorn."""
import uvicorn
from fastapi import Depends, FastAPI
from fastapi.security import OAuth2PasswordRequestForm

app = FastAPI()


@app.post("/token")
def token(form: OAuth2PasswordRequestForm = Depends()):
    return {"access_token": form.username, "token_type": "bearer"}


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=8000)  # want: AV506
    uvicorn.run(app, port=8001)  # ok: AV506 (fastapi on uvicorn's default host, 127.0.0.1)
