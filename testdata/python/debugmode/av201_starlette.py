"""Notes API on Starlette."""
from starlette.applications import Starlette
from starlette.config import Config
from starlette.middleware import Middleware
from starlette.middleware.errors import ServerErrorMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

config = Config(".env")
DEBUG = config("DEBUG", cast=bool, default=False)


async def homepage(request):
    return JSONResponse({"notes": []})


routes = [Route("/", homepage)]

app = Starlette(debug=True, routes=routes)  # want: AV201
middleware = [Middleware(ServerErrorMiddleware, debug=True)]  # want: AV201
wrapped = ServerErrorMiddleware(app, debug=True)  # want: AV201
app.debug = True  # want: AV201

quiet = Starlette(routes=routes)  # ok: AV201
quiet.debug = False  # ok: AV201
staging = Starlette(debug=DEBUG, routes=routes)  # ok: AV201
