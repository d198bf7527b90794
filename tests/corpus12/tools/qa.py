import re,sys,json
from pathlib import Path
MARK=re.compile(r"\[\[([A-Z_]+):(.+?)\]\]",re.S)
probs=0
for p in sorted(Path(sys.argv[1]).glob('*.txt')):
    raw=p.read_text(); hdr,_,body=raw.partition('\n')
    safe='safe=yes' in hdr
    marks=MARK.findall(body)
    ids=[m for m in marks if m[0]!='OK']
    if safe and ids: print(p.name,'safe has ids',ids); probs+=1
    if not safe and not ids: print(p.name,'unsafe no ids'); probs+=1
    lab={}
    for l,t in marks:
        if t in lab and lab[t]!=l: print(p.name,'two labels',t,lab[t],l); probs+=1
        lab[t]=l
    stripped=MARK.sub(lambda m:'\x00'*len(m.group(2)),body)
    for t,l in lab.items():
        if len(t)<3: continue
        for m in re.finditer(r'(?<![\w])'+re.escape(t)+r'(?![\w])',stripped):
            print(p.name,'unmarked occurrence',repr(t),l, stripped[max(0,m.start()-30):m.end()+10].replace('\n',' ')); probs+=1
    plain=MARK.sub(lambda m:m.group(2),body)
    w=len(plain.split())
    if not 150<=w<=600: print(p.name,'words',w); probs+=1
print('problems',probs)
