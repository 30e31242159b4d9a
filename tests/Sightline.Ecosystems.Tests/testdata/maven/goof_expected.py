# Independent check for RealPomTests.JavaGoof_*: run from ../shared/data/lockfiles/maven/snyk-labs__java-goof.
# Independent check: java-goof todolist modules, breadth-first nearest-wins over the in-repo POMs only
# (no external POM is available offline, so external packages are leaves).
import xml.etree.ElementTree as ET, re, os
ns={'m':'http://maven.apache.org/POM/4.0.0'}
def t(e,p): return e.findtext('m:'+p,None,ns)
def raw(path):
    r=ET.parse(path).getroot()
    par=r.find('m:parent',ns)
    return dict(path=path,g=t(r,'groupId') or (t(par,'groupId') if par is not None else None),a=t(r,'artifactId'),
        v=t(r,'version') or (t(par,'version') if par is not None else None),parent=par,
        props={c.tag.split('}')[1]:(c.text or '').strip() for c in (r.find('m:properties',ns) or [])},
        deps=[dict(g=t(d,'groupId'),a=t(d,'artifactId'),v=t(d,'version'),s=t(d,'scope') or 'compile',o=t(d,'optional')=='true',
              ex=[(t(x,'groupId'),t(x,'artifactId')) for x in d.findall('m:exclusions/m:exclusion',ns)]) for d in r.findall('m:dependencies/m:dependency',ns)])
poms={}
for root,_,files in os.walk('.'):
    if 'pom.xml' in files: p=raw(os.path.join(root,'pom.xml')); poms[(p['g'],p['a'],p['v'])]=p
def effective(p):
    chain=[p]
    while chain[-1]['parent'] is not None:
        par=chain[-1]['parent']; key=(t(par,'groupId'),t(par,'artifactId'),t(par,'version'))
        if key not in poms: break
        chain.append(poms[key])
    props={}
    for c in reversed(chain): props.update(c['props'])
    sub=lambda v: re.sub(r'\$\{([^}]+)\}',lambda m:props.get(m.group(1),m.group(0)),v) if v else v
    deps,seen=[],set()
    for c in chain:                      # child first, then what parents add
        for d in c['deps']:
            if (d['g'],d['a']) not in seen: seen.add((d['g'],d['a'])); deps.append(dict(d,v=sub(d['v'])))
    return deps
def resolve(path):
    root=[p for p in poms.values() if p['path']==path][0]
    nodes={}; queue=[(None,effective(root),[],0)]; order=[]
    while queue:
        parent,deps,excl,depth=queue.pop(0)
        for d in deps:
            if depth>0 and (d['s'] in ('test','provided') or d['o']): continue
            if (d['g'],d['a']) in excl or (d['g'],d['a'])==(root['g'],root['a']): continue
            k=d['g']+':'+d['a']
            if k in nodes: continue
            scope={'test':'Test','provided':'Provided','system':'Provided'}.get(d['s'],'Runtime') if depth==0 else nodes[parent][1]
            nodes[k]=(d['v'],scope,depth==0); order.append(k)
            if (d['g'],d['a'],d['v']) in poms:
                queue.append((k,effective(poms[(d['g'],d['a'],d['v'])]),excl+d['ex'],depth+1))
    return [(k,)+nodes[k] for k in order]
for k,v,s,direct in resolve('./todolist-goof/todolist-web-struts/pom.xml'): print(k,v,s,'direct' if direct else '')
