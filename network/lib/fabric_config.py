"""JSON surgery on Fabric configuration decoded by configtxlator.

usage:
  fabric_config.py set-crl BLOCK_JSON MSP_ID CRL_PEM CONFIG_OUT UPDATED_OUT
      From a decoded config block, writes the channel config and a copy whose MSP_ID revocation
      list is CRL_PEM alone. Fails unless that org's own admins may change its MSP.
  fabric_config.py envelope CHANNEL CONFIG_UPDATE_JSON ENVELOPE_OUT
      Wraps a decoded config update in an unsigned envelope for `peer channel update`.
  fabric_config.py block-number BLOCK_JSON
  fabric_config.py policy APPLICATION_POLICY_JSON
      Prints a decoded ApplicationPolicy as signature-policy text, e.g.
      AND('AuthorityMSP.peer','PatrolMSP.peer'), or the channel policy it refers to.
"""
import base64
import json
import sys

HEADER_TYPE_CONFIG_UPDATE = 2
POLICY_TYPE_SIGNATURE = 1


def load(path):
    with open(path) as f:
        return json.load(f)


def dump(value, path):
    with open(path, "w") as f:
        json.dump(value, f)


def set_crl(block_path, msp_id, crl_path, config_out, updated_out):
    config = load(block_path)["data"]["data"][0]["payload"]["data"]["config"]
    orgs = config["channel_group"]["groups"]["Application"]["groups"]
    if msp_id not in orgs:
        sys.exit("%s is not an application org of this channel" % msp_id)
    org = orgs[msp_id]
    msp = org["values"]["MSP"]
    require_own_admins(msp_id, org, msp["mod_policy"])
    dump(config, config_out)
    with open(crl_path, "rb") as f:
        msp["value"]["config"]["revocation_list"] = [base64.b64encode(f.read()).decode()]
    dump(config, updated_out)


def require_own_admins(msp_id, org, mod_policy):
    """The MSP value's mod_policy names a policy of the org group; a change to the value needs
    signatures that satisfy it. The update is signed by this org's admin alone, so that policy
    must be a signature policy over this org's admins."""
    policy = org["policies"].get(mod_policy, {}).get("policy", {})
    principals = [i["principal"] for i in policy.get("value", {}).get("identities", [])]
    if (policy.get("type") != POLICY_TYPE_SIGNATURE or not principals
            or any(p.get("msp_identifier") != msp_id or p.get("role") != "ADMIN" for p in principals)):
        sys.exit("%s's MSP may be changed only under policy %r, which is not signed by %s's admins "
                 "alone: %s" % (msp_id, mod_policy, msp_id, json.dumps(policy)))


def envelope(channel, update_path, out):
    dump({"payload": {"header": {"channel_header": {"channel_id": channel,
                                                    "type": HEADER_TYPE_CONFIG_UPDATE}},
                      "data": {"config_update": load(update_path)}}}, out)


def block_number(block_path):
    print(int(load(block_path)["header"]["number"]))


def policy(path):
    app = load(path)
    if "channel_config_policy_reference" in app:
        print(app["channel_config_policy_reference"])
        return
    envelope = app["signature_policy"]
    names = ["'%s.%s'" % role_principal(i) for i in envelope["identities"]]

    def render(rule):
        if "signed_by" in rule:
            return names[int(rule["signed_by"])]
        n_out_of = rule.get("n_out_of")
        if n_out_of is None:  # signed_by 0 is the default value, left out of the JSON
            return names[0]
        n, rules = int(n_out_of.get("n", 0)), [render(r) for r in n_out_of.get("rules", [])]
        if n == len(rules):
            return "AND(%s)" % ",".join(rules)
        if n == 1:
            return "OR(%s)" % ",".join(rules)
        return "OutOf(%d,%s)" % (n, ",".join(rules))

    print(render(envelope["rule"]))


ROLES = ["member", "admin", "client", "peer", "orderer"]


def role_principal(identity):
    """(msp id, role) of an MSPPrincipal of classification ROLE. Decoded inside an
    ApplicationPolicy, configtxlator leaves the principal as base64 of an MSPRole message:
    field 1 the MSP id (string), field 2 the role (enum)."""
    if identity.get("principal_classification", "ROLE") != "ROLE":
        sys.exit("unsupported principal: %s" % json.dumps(identity))
    principal = identity["principal"]
    if isinstance(principal, dict):
        return principal["msp_identifier"], principal.get("role", "MEMBER").lower()
    data, i, msp_id, role = base64.b64decode(principal), 0, "", 0
    while i < len(data):
        key, i = varint(data, i)
        if key & 7 == 2:
            size, i = varint(data, i)
            if key >> 3 == 1:
                msp_id = data[i:i + size].decode()
            i += size
        elif key & 7 == 0:
            value, i = varint(data, i)
            if key >> 3 == 2:
                role = value
        else:
            sys.exit("unexpected wire type in MSPRole %s" % principal)
    return msp_id, ROLES[role]


def varint(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        value |= (byte & 0x7F) << shift
        i, shift = i + 1, shift + 7
        if not byte & 0x80:
            return value, i


COMMANDS = {"set-crl": set_crl, "envelope": envelope, "block-number": block_number, "policy": policy}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    COMMANDS[sys.argv[1]](*sys.argv[2:])
