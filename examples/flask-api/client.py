"""Calling an API with a key, the four ways the tutorial "How to secure APIs in Python?" shows.

apivet reports the placeholder key, the Basic header sent without base64, and the key put in the
query string; the X-API-KEY and Bearer headers over HTTPS are fine.
"""
import requests

api_key = "your_api_key"
username = "your_username"


def basic_auth():
    headers = {
        'Authorization': f'Basic {username}:{api_key}',
        'Content-Type': 'application/json'
    }
    response = requests.get('https://api.example.com/endpoint', headers=headers)
    print(response.json())


def api_key_header():
    headers = {
        'X-API-KEY': api_key
    }
    response = requests.get('https://api.example.com/endpoint', headers=headers)
    print(response.json())


def query_parameter():
    params = {'api_key': api_key}
    response = requests.get('https://api.example.com/endpoint', params=params)
    print(response.json())


def bearer_token():
    headers = {
        'Authorization': f'Bearer {api_key}'
    }
    response = requests.get('https://api.example.com/endpoint', headers=headers)
    print(response.json())
