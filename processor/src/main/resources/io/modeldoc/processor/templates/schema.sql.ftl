<#-- @ftlvariable name="" type="io.modeldoc.processor.sql.SchemaScriptView" -->
-- ModelDoc schema for ${dialect}
-- Generated from the entity classes; do not edit.
<#list groups as group>

<#list group.statements as statement>
${statement};
</#list>
</#list>
