package cn.taxprocurement.web;

import cn.taxprocurement.vendor.VendorStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of a vendor's standing and company details, in Chinese; English is in messages/vend_en.properties. */
@MessageBundle(value = "vend", locale = "zh-CN")
public interface VendorMessages {
    @Message("{#when status}{#is PENDING}贵公司的注册正在审核中，审核通过后即可申报产品、导入产品目录和投标。"
            + "{#is REJECTED}贵公司的注册未通过审核，暂时不能申报产品、导入产品目录或投标。请按驳回原因修改企业信息，保存后将重新提交审核。"
            + "{#else}贵公司尚未通过审核，暂时不能申报产品、导入产品目录或投标。{/when}")
    String not_approved(VendorStatus status);

    @Message("查看企业信息")
    String see_company();

    @Message("修改企业信息")
    String edit_title();

    @Message("只修改联系人、联系电话或电子邮箱不影响审核状态；修改企业名称或统一社会信用代码后需要重新审核，审核通过前不能申报产品、导入产品目录或投标。")
    String edit_hint();

    @Message("保存修改")
    String edit_submit();

    @Message("已保存。")
    String saved();

    @Message("已保存。企业信息已重新提交审核，审核通过前不能申报产品、导入产品目录或投标。")
    String saved_for_review();

    @Message("已通过审核的企业修改了名称或统一社会信用代码，请重新审核")
    String resubmitted();

    @Message("原名称：{name}")
    String was_name(String name);

    @Message("原代码：{uscc}")
    String was_uscc(String uscc);
}
