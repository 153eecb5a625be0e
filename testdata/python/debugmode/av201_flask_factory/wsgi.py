"""WSGI entry point; the app object comes from the package."""
from orders import app as application

if __name__ == "__main__":
    application.run(debug=True)  # want: AV201
    application.run()  # ok: AV201
