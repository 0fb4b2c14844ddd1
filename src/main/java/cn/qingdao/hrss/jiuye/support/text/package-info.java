/** Text helpers: label matching and width folding (rules §3, §4), and log-safe text. */
package cn.qingdao.hrss.jiuye.support.text;
