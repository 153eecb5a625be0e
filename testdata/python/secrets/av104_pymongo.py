"""Product catalogue on MongoDB."""
import os

from pymongo import MongoClient

catalogue = MongoClient("mongodb+srv://catalogue:Ct4l0gPw9Xz2@cluster0.ab1cd.mongodb.net/catalogue?retryWrites=true")  # want: AV104
audit = MongoClient("mongodb://audit:Au7Lq2Xv9Kz4@mongo-1.internal:27017,mongo-2.internal:27017/?replicaSet=rs0")  # want: AV104
env = MongoClient(os.environ["MONGODB_URI"])  # ok: AV104
anonymous = MongoClient("mongodb://mongo.internal:27017/")  # ok: AV104
docs = MongoClient("mongodb://<username>:<password>@cluster0.ab1cd.mongodb.net/")  # ok: AV104
