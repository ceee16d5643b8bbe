package cn.taxprocurement.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the home page's work lists, in Chinese; English is in messages/home_en.properties. {home:key}. */
@MessageBundle(value = "home", locale = "zh-CN")
public interface HomeMessages {
    @Message("待办事项")
    String waiting();

    @Message("待审核的供应商")
    String officer_vendors();

    @Message("待审核的商品")
    String officer_listings();

    @Message("其中价格异常")
    String officer_flagged();

    @Message("已过投标截止、待开标或定标的项目")
    String officer_tenders();

    @Message("待确认的登记结果")
    String officer_recorded();

    @Message("本单位待验收的订单")
    String officer_orders();

    @Message("待审核的降价申请")
    String officer_price_changes();

    @Message("可以投标的项目")
    String vendor_tenders();

    @Message("待确认的订单")
    String vendor_to_confirm();

    @Message("待发货的订单")
    String vendor_to_deliver();

    @Message("受邀参加、正在进行的竞价")
    String vendor_competitions();

    @Message("我的商品")
    String vendor_listings();

    @Message("还没有商品")
    String vendor_no_listings();

    @Message("最近的导入")
    String vendor_imports();

    @Message("接受 {accepted} 行，拒绝 {rejected} 行")
    String vendor_import_rows(int accepted, int rejected);

    @Message("还没有导入过商品表。")
    String vendor_no_imports();

    @Message("全部导入记录")
    String vendor_all_imports();

    @Message("登记企业信息")
    String vendor_unregistered();

    @Message("{year} 年度概况")
    String yearbook(int year);

    @Message("{year} 年目录采购订单")
    String catalog_orders(int year);

    @Message("订单数")
    String catalog_order_count();

    @Message("目录价合计")
    String catalog_listed();

    @Message("成交价合计")
    String catalog_paid();

    @Message("审计链")
    String audit_chain();

    @Message("最新检查点：第 {id} 号事件，{at}")
    String audit_checkpoint(long id, String at);

    @Message("还没有审计事件。")
    String audit_empty();

    @Message("校验会逐条核对全部事件，需要时再运行。")
    String audit_hint();

    @Message("校验审计链")
    String audit_verify();

    @Message("查看审计日志")
    String audit_events();
}
