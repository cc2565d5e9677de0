# builds rows.tsv and sources.tsv; checks tabs/newlines and duplicate URLs
S=[]  # (id,kind,publisher,title,date,url,quote,orig_pub,orig_url)
R=[]  # (treaty,country,fact,value,source_id,note)
exec(open('data.py').read())
def chk(rows,n):
    for r in rows:
        assert len(r)==n,r
        for f in r: assert '\t' not in f and '\n' not in f,(r,f)
chk(S,9);chk(R,6)
urls=[s[5] for s in S]; assert len(urls)==len(set(urls)),'dup url'
ids={s[0] for s in S}
for r in R: assert r[4] in ids or r[4].startswith(('collective-','gulf-africa-op-')),r
open('sources.tsv','w').write('id\tkind\tpublisher\ttitle\tdate\turl\tquote\toriginal_publisher\toriginal_url\n'+''.join('\t'.join(s)+'\n' for s in S))
open('rows.tsv','w').write('treaty\tcountry\tfact\tvalue\tsource_id\tnote\n'+''.join('\t'.join(r)+'\n' for r in R))
print(len(S),'sources',len(R),'rows')
