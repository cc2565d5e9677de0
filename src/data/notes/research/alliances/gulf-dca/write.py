exec(open('/work/research/gulf-dca/build.py').read())
import sys
urls=set()
with open('/work/research/gulf-dca/sources.tsv','w') as f:
    f.write('id\tkind\tpublisher\ttitle\tdate\turl\tquote\toriginal_publisher\toriginal_url\n')
    for i,x in enumerate(S,1):
        assert len(x)==8, (i,x)
        for v in x: assert '\t' not in v and '\n' not in v, (i,v)
        assert x[0] in ('official','treaty_text','news','reference'), i
        assert x[4] not in urls, ('dup',x[4]); urls.add(x[4])
        f.write('\t'.join(['gdca-s%d'%i]+list(x))+'\n')
with open('/work/research/gulf-dca/rows.tsv','w') as f:
    f.write('treaty\tcountry\tfact\tvalue\tsource_id\tnote\n')
    for x in R:
        assert len(x)==6, x
        for v in map(str,x): assert '\t' not in v and '\n' not in v, x
        src=x[4] if isinstance(x[4],str) else ','.join('gdca-s%d'%n for n in (x[4] if isinstance(x[4],(list,tuple)) else [x[4]]))
        f.write('\t'.join([x[0],x[1],x[2],x[3],src,x[5]])+'\n')
print(len(S),'sources',len(R),'rows')
