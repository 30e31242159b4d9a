import json, sys, urllib.parse
# Independent expectation: distinct (name, version) per purl; edges between them; root = metadata.component.
def name(purl):
    p = purl[4:].split('#')[0].split('?')[0]
    t, rest = p.split('/', 1)
    ver = None
    if '@' in rest.rsplit('/', 1)[-1] or rest.rfind('@') > 0:
        rest, ver = rest.rsplit('@', 1)
    segs = [urllib.parse.unquote(s) for s in rest.split('/')]
    return t, (':' if t == 'maven' else '/').join(segs), urllib.parse.unquote(ver) if ver else None
for f in sys.argv[1:]:
    d = json.load(open(f)); comps = d.get('components', [])
    node = {}
    for c in comps:
        t, n, v = name(c['purl'])
        v = v or c.get('version') or None
        if v: node[c['bom-ref']] = (t, n, v)
    nodes = set(node.values())
    root = d['metadata'].get('component', {}).get('bom-ref')
    edges = set()
    for dep in d.get('dependencies', []):
        for ch in dep.get('dependsOn', []):
            if ch in node: edges.add((node.get(dep['ref'], 'ROOT') if dep['ref'] != root else 'ROOT', node[ch]))
    print(f, d['specVersion'], 'components', len(comps), 'nodes', len(nodes), 'unresolved', len(comps) - len(node), 'edges', len(edges),
          'root edges', sum(1 for e in edges if e[0] == 'ROOT'), 'orphans', len(nodes - {e[1] for e in edges}))
    # Orphans (nothing depends on them) hang off the root; then whatever is still unreachable (a closed cycle).
    edges = {e for e in edges if e[0] != e[1]}
    for n in sorted(nodes - {e[1] for e in edges}): edges.add(('ROOT', n))
    kids = {}
    for a, b in edges: kids.setdefault(a, []).append(b)
    seen, todo = {'ROOT'}, ['ROOT']
    while todo:
        for k in kids.get(todo.pop(), []):
            if k not in seen: seen.add(k); todo.append(k)
    print('  final edges', len(edges), 'root edges', sum(1 for e in edges if e[0] == 'ROOT'), 'unreachable', len(nodes - seen),
          'scopes', {s: sum(1 for c in comps if c.get('scope') == s) for s in ('optional', 'excluded')})
