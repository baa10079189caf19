"""Drives FitLedger's Open311 interface with two Open311 client libraries from PyPI, pinned in
requirements.txt beside this file, and prints what they got back as one JSON object for
Open311ClientIT to check:

- georeport 0.3.1 lists the services, reads a service definition, lists and reads requests, in
  JSON and in XML (its own xmltodict parsing);
- civicbot 0.4.0 files a request in JSON (checked first against the live service list and
  definition, as validate_remote does), and builds the form of the one filed in XML, which
  requests posts to requests.xml and xmltodict reads, as georeport reads XML.

    python clients.py BASE_URL API_KEY MACHINE_ID
"""
import json
import sys

import requests
import xmltodict
from civicbot.open311 import Open311Client
from civicbot.registry import Endpoint
from georeport import GeoReport

base, api_key, machine = sys.argv[1:4]
endpoint = Endpoint(id="fitledger", name="FitLedger", base_url=base, write=True)
out = {}

for fmt in ("json", "xml"):
    geo = GeoReport(base, output_format=fmt)
    out["services_" + fmt] = geo.get_service_list()
    out["definition_" + fmt] = geo.get_service_definition("fitness-mechanical")

filed = Open311Client(endpoint).create_request(
    "fitness-mechanical", dry_run=False, confirm="SEND", api_key=api_key, validate_remote=True,
    address_id=machine, description="the pedal spins loose", phone="13800000000",
    attributes={"danger": "yes"})
out["filed_json"] = filed.response

prepared = Open311Client(endpoint, fmt="xml").build_request(
    "fitness-surface", api_key=api_key, address_id=machine, description="rust on the bar",
    email="resident@example.org")
answer = requests.post(prepared.url, data=prepared.form, timeout=30)
answer.raise_for_status()
out["filed_xml_url"] = prepared.url
out["filed_xml"] = xmltodict.parse(answer.content)["service_requests"]["request"]

ids = [out["filed_json"][0]["service_request_id"], out["filed_xml"]["service_request_id"]]
for fmt in ("json", "xml"):
    geo = GeoReport(base, output_format=fmt)
    out["listed_" + fmt] = geo.get_service_requests(service_request_id=",".join(ids))
    out["listed_by_code_" + fmt] = geo.get_service_requests(
        service_code="fitness-mechanical", status="open")
    out["read_" + fmt] = [geo.get_service_request(i) for i in ids]

json.dump(out, sys.stdout)
