"""The requests examples of the seed article "How to secure APIs in Python?" (Regina, 2024), with
the indentation lost in extraction restored, annotated for the transport rules. The hard-coded
api_key values belong to the secrets family."""

# --- HTTP Basic Authentication ---
import requests

api_key = "your_api_key"

username = "your_username"

headers = {
    'Authorization': f'Basic {username}:{api_key}',  # want: AV501
    'Content-Type': 'application/json'
}

response = requests.get('https://api.example.com/endpoint', headers=headers)  # ok: AV502 (https)

print(response.json())

# --- API Key Header ---
import requests

api_key = "your_api_key"

headers = {
    'X-API-KEY': api_key  # ok: AV505 (a header is the right place)
}

response = requests.get('https://api.example.com/endpoint', headers=headers)  # ok: AV502 (https)

print(response.json())

# --- Query Parameter ---
import requests

api_key = "your_api_key"

params = {'api_key': api_key}  # want: AV505

response = requests.get('https://api.example.com/endpoint', params=params)

print(response.json())

# --- Bearer Token ---
import requests

api_key = "your_api_key"

headers = {
    'Authorization': f'Bearer {api_key}'  # ok: AV501 (a bearer token, not Basic credentials)
}

response = requests.get('https://api.example.com/endpoint', headers=headers)  # ok: AV502 (https)

print(response.json())
