package cn.taxprocurement.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of shortlist rounds' categories, in Chinese; English is in messages/rnd_en.properties. {rnd:key}. */
@MessageBundle(value = "rnd", locale = "zh-CN")
public interface RoundMessages {
    @Message("{listed} 个产品，其中已通过 {approved} 个")
    String listings(long listed, long approved);
}
