<#-- @ftlvariable name="" type="io.modeldoc.processor.doc.IndexDocument" -->
<#-- Layout only: every value arrives escaped for its place. -->
# Data Model

| feature | status | entities | documented attributes |
|---|---|---:|---|
<#list features as feature>
| ${feature.feature} | ${feature.status} | ${feature.entities} | ${feature.coverage} |
</#list>
<#list entities as feature>

## ${feature.heading}
<#list feature.entities as entity>
- ${entity}
</#list>
</#list>
