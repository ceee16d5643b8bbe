package cn.taxprocurement.web;

import cn.taxprocurement.order.CompetitionStatus;
import cn.taxprocurement.order.OrderMethod;
import cn.taxprocurement.order.OrderStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the order and competition pages, in Chinese; English is in messages/ord_en.properties. {ord:key}. */
@MessageBundle(value = "ord", locale = "zh-CN")
public interface OrderMessages {
    @Message("订单")
    String nav_orders();

    @Message("二次竞价")
    String nav_competitions();

    @Message("本单位订单")
    String unit_orders();

    @Message("采购单位")
    String unit();

    @Message("订单编号")
    String code();

    @Message("供应商")
    String vendor();

    @Message("采购方式")
    String method_label();

    @Message("{#when method}{#is DIRECT_SELECTION}直接选定{#is COMPETITION}二次竞价{/when}")
    String method(OrderMethod method);

    @Message("状态")
    String status_label();

    @Message("{#when status}{#is PLACED}待确认{#is CONFIRMED}已确认{#is DELIVERED}已交付{#is ACCEPTED}已验收"
            + "{#is DECLINED}供应商已拒绝{#is CANCELLED}已取消{/when}")
    String status(OrderStatus status);

    @Message("{#when status}{#is OPEN}报价中{#is AWARDED}已成交{#is FAILED}竞价失败{/when}")
    String competition_status(CompetitionStatus status);

    @Message("全部")
    String any();

    @Message("筛选")
    String filter();

    @Message("暂无")
    String none();

    @Message("下单人")
    String buyer();

    @Message("下单时间")
    String created_at();

    @Message("挂牌总额")
    String listed_total();

    @Message("订单金额")
    String total();

    @Message("节约金额")
    String savings();

    @Message("品牌")
    String brand();

    @Message("型号")
    String model();

    @Message("品目")
    String category();

    @Message("数量")
    String quantity();

    @Message("挂牌单价")
    String listed_price();

    @Message("成交单价")
    String unit_price();

    @Message("小计")
    String line_total();

    @Message("收货地址")
    String delivery_address();

    @Message("备注")
    String note();

    @Message("验收意见")
    String acceptance_note();

    @Message("拒绝原因")
    String decline_reason();

    @Message("取消原因")
    String cancel_reason();

    @Message("验收")
    String accept();

    @Message("取消订单")
    String cancel();

    @Message("我确认取消此订单，取消后不能恢复")
    String cancel_confirm();

    @Message("确认订单")
    String confirm();

    @Message("已交付")
    String deliver();

    @Message("拒绝订单")
    String decline();

    @Message("原因")
    String reason();

    @Message("直接选定下单")
    String new_order();

    @Message("直接选定按入围价格下单。单笔订单金额不超过 {limit}，超过限额请发起二次竞价。")
    String limit_hint(String limit);

    @Message("产品")
    String product();

    @Message("入围价格")
    String listed();

    @Message("下单")
    String place();

    @Message("我的订单")
    String my_orders();

    @Message("发起二次竞价")
    String new_competition();

    @Message("竞价名称")
    String title();

    @Message("采购需求")
    String requirement();

    @Message("报价截止时间（北京时间）")
    String deadline();

    @Message("参与竞价的产品")
    String chosen_listings();

    @Message("至少需要 3 家供应商的同品目入围产品；报价截止时间不早于 {earliest}（北京时间）。")
    String competition_hint(String earliest);

    @Message("发起竞价")
    String start();

    @Message("受邀供应商")
    String invited();

    @Message("已收到报价 {count} 份；报价在截止时间前保密。")
    String quote_count(int count);

    @Message("报价")
    String quotes();

    @Message("报价时间")
    String submitted_at();

    @Message("结束竞价")
    String close();

    @Message("成交订单")
    String resulting_order();

    @Message("竞价邀请")
    String invitations();

    @Message("我的报价")
    String my_quote();

    @Message("提交报价")
    String submit_quote();

    @Message("报价单价")
    String quote_price();
}
