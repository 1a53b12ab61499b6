import json
pairs = [
 {"pair":"d01","place":"全国","plan":"d01/plan.txt","plan_year":2023,"docs":["d01/review_2024.txt"],"sources":["http://big5.china.com.cn/lianghui/news/2024-03/05/content_117035915.shtml","https://askai.glarity.app/zh-CN/search/政府工作报告全文"]},
 {"pair":"d02","place":"全国","plan":"d02/plan.txt","plan_year":2024,"docs":["d02/review_2025.txt"],"sources":["http://ebook.theorychina.org.cn/2025/02/20/8e136b7a-a6e4-4930-917f-7fc476fa57b3/files/basic-html/page2.html","https://www.ourchinastory.com/cn/9511"]},
 {"pair":"d03","place":"湖南省","plan":"d03/plan.txt","plan_year":2021,"docs":["d03/progress_2021_08.txt"],"sources":["http://hunan.gov.cn/topic/dj2021/zdss/xsz/scjt/202109/t20210924_20644635.html"]},
 {"pair":"d04","place":"全国","plan":"d04/plan.txt","plan_year":2024,"docs":["d04/notice_2025_02.txt"],"sources":["http://jx.people.com.cn/BIG5/n2/2025/0222/c186330-41143315.html"]},
]
L=[]
def link(p,pt,pc,doc,t,c,v,u,a,why): L.append(dict(pair=p,plan_text=pt,plan_context=pc,doc=doc,text=t,context=c,value=v,unit=u,as_of=a,why=why))
d="d01/review_2024.txt"
link("d01","5%左右","国内生产总值增长5%左右",d,"5.2%","超过126万亿元，增长5.2%",5.2,"%","2023-12-31","GDP growth achieved vs growth target")
link("d01","1200万人左右","城镇新增就业1200万人左右",d,"1244万人","城镇新增就业1244万人",12440000,"人","2023-12-31","new urban jobs")
link("d01","5.5%左右","城镇调查失业率5.5%左右",d,"5.2%","失业率平均为5.2%",5.2,"%","2023-12-31","unemployment level")
link("d01","3%左右","居民消费价格涨幅3%左右",d,"0.2%","居民消费价格上涨0.2%",0.2,"%","2023-12-31","CPI rise")
link("d01","1.3万亿斤以上","粮食产量保持在1.3万亿斤以上",d,"1.39万亿斤","粮食产量达到1.39万亿斤",1.39e12,"斤","2023-12-31","grain output, 万亿斤 to 斤")
d="d02/review_2025.txt"
link("d02","5%左右","国内生产总值增长5%左右",d,"5%","134.9万亿元、增长5%",5,"%","2024-12-31","GDP growth")
link("d02","1200万人以上","城镇新增就业1200万人以上",d,"1256万人","城镇新增就业1256万人",12560000,"人","2024-12-31","jobs")
link("d02","5.5%左右","城镇调查失业率5.5%左右",d,"5.1%","失业率平均为5.1%",5.1,"%","2024-12-31","unemployment")
link("d02","3%左右","居民消费价格涨幅3%左右",d,"0.2%","居民消费价格上涨0.2%",0.2,"%","2024-12-31","CPI")
link("d02","1.3万亿斤以上","粮食产量1.3万亿斤以上",d,"1.4万亿斤","首次迈上1.4万亿斤台阶",1.4e12,"斤","2024-12-31","grain")
link("d02","2.5%左右","能耗降低2.5%左右",d,"3%以上","能耗降低3%以上。",3,"%","2024-12-31","energy intensity fall")
d="d03/progress_2021_08.txt"
link("d03","1500个","开工改造城镇老旧小区1500个",d,"1110个","全省已开工小区1110个",1110,"个","2021-08-31","cumulative starts")
link("d03","50%以上","投资完成率达到50%以上",d,"37.44%","投资完成率37.44%",37.44,"%","2021-08-31","investment completion level")
d="d04/notice_2025_02.txt"
link("d04","5.4万个","新开工改造城镇老旧小区5.4万个",d,"5.8万个","2024年全国新开工改造城镇老旧小区5.8万个",58000,"个","2024-12-31","old communities renovated, 万个")
N=[]
def neg(p,doc,t,c,why): N.append(dict(pair=p,doc=doc,text=t,context=c,why=why))
d="d01/review_2024.txt"
neg("d01",d,"126万亿元","国内生产总值超过126万亿元","GDP level, plan has only growth")
neg("d01",d,"28.6%","技术合同成交额增长28.6%","other indicator, same unit")
neg("d01",d,"60%","比重超过60%","share, other indicator")
neg("d01",d,"5%左右","目标是：国内生产总值增长5%左右","next year's target")
neg("d01",d,"1200万人以上","城镇新增就业1200万人以上","next year's target")
neg("d01",d,"5.5%左右","城镇调查失业率5.5%左右；居民","next year's target")
neg("d01",d,"1.3万亿斤以上","粮食产量1.3万亿斤以上","next year's target")
neg("d01",d,"1万亿元","超长期特别国债1万亿元","next year's plan")
d="d02/review_2025.txt"
neg("d02",d,"134.9万亿元","国内生产总值达到134.9万亿元","GDP level")
neg("d02",d,"30%左右","贡献率保持在30%左右","contribution share")
neg("d02",d,"5%左右","目标是：国内生产总值增长5%左右","next year's target")
neg("d02",d,"2%左右","居民消费价格涨幅2%左右","next year's target")
neg("d02",d,"1.4万亿斤左右","粮食产量1.4万亿斤左右","next year's target")
neg("d02",d,"3%左右","能耗降低3%左右","next year's target")
neg("d02",d,"1200万人以上","城镇新增就业1200万人以上","next year's target")
d="d03/progress_2021_08.txt"
neg("d03",d,"74.0%","开工率74.0%","completion ratio")
neg("d03",d,"28.17亿元","累计完成投资28.17亿元","no money target in plan")
neg("d03",d,"100%","开工率均达到100%","other places, completion ratio")
neg("d03",d,"35.29%","湘西州开工率为35.29%","other place")
neg("d03",d,"143个","长沙市已开工小区143个","one city, not the province")
d="d04/notice_2025_02.txt"
neg("d04",d,"5.4万个","超过5.4万个的年度目标任务","the target restated")
neg("d04",d,"11个","广西等11个地区","count of regions")
for name,rows in (("pairs",pairs),("links",L),("negatives",N)):
    with open(f"{name}.jsonl","w",encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
# check contexts
for r in L:
    plan=open(next(p["plan"] for p in pairs if p["pair"]==r["pair"]),encoding="utf-8").read()
    doc=open(r["doc"],encoding="utf-8").read()
    assert plan.count(r["plan_context"])==1 and r["plan_text"] in r["plan_context"], r
    assert doc.count(r["context"])==1 and r["text"] in r["context"], r
for r in N:
    doc=open(r["doc"],encoding="utf-8").read()
    assert doc.count(r["context"])==1 and r["text"] in r["context"], r
print(len(L),len(N))
