package org.bulletinpipeline.nlp.extract.model;

/** How a named person is credited for an item: 记者, 通讯员, a bare author name, 摄, 编辑/制图/文字整理. */
public enum BylineRole {
    REPORTER, CORRESPONDENT, AUTHOR, PHOTOGRAPHER, EDITOR
}
