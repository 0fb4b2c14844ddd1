/**
 * The inventory step (rules §7): the files of a quarter's inbox, each known by its SHA-256, its
 * district taken from the cover sheet or the file name, duplicates and unknown districts refused
 * before anything is read.
 */
package cn.qingdao.hrss.jiuye.inventory;
