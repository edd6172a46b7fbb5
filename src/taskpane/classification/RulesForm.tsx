/** Parameters of the results rules: the 30 % rule, stably low, cluster group, block model. */
import { Dropdown, Field, Option, Radio, RadioGroup } from "@fluentui/react-components";
import { indicatorsByGroup } from "../../core/catalogue";
import { ID } from "../../core/catalogue/ids";
import type { ClusterRule } from "../../core/classification/settings";
import { t } from "../../i18n";
import { IndicatorPicker } from "../components/IndicatorPicker";
import { NumberField } from "../components/NumberField";
import { useControlStyles } from "../components/styles";
import { patchRule, RuleSection, useFormStyles, type FormProps } from "./formParts";

const GROUP_BY = [
  { value: ID.cluster, key: "ui.cls.groupByCluster" },
  { value: ID.schoolType, key: "ui.cls.groupByType" },
] as const;

const RESULT_INDICATORS = indicatorsByGroup("results");

export function RulesForm(props: FormProps): JSX.Element {
  const styles = useFormStyles();
  const controls = useControlStyles();
  const { value, disabled } = props;
  const off = t("ui.cls.ruleOff");
  const { lowResults, stablyLow, cluster, blocks } = value;
  const groupBy = GROUP_BY.find((g) => g.value === cluster.groupBy);

  return (
    <>
      <RuleSection value="lowResults" title={t("ui.cls.lowResults")} enabled={lowResults.enabled} offText={off} disabled={disabled}
        toggleLabel={t("ui.cls.apply")} onToggle={(enabled) => patchRule(props, "lowResults", { enabled })}>
        <div className={styles.pair}>
          <NumberField label={t("ui.cls.cut")} percent min={1} max={100} step={5} value={lowResults.cut} disabled={disabled}
            testId="cls-cut" onChange={(cut) => cut !== null && patchRule(props, "lowResults", { cut })} />
          <NumberField label={t("ui.cls.procedures")} min={1} max={10} value={lowResults.procedures} disabled={disabled}
            onChange={(procedures) => procedures !== null && patchRule(props, "lowResults", { procedures: Math.round(procedures) })} />
        </div>
        <Field label={t("ui.cls.mode")}>
          <RadioGroup value={lowResults.mode} disabled={disabled}
            onChange={(_, d) => patchRule(props, "lowResults", { mode: d.value === "and" ? "and" : "or" })}>
            <Radio value="or" label={t("ui.cls.modeOr", { procedures: lowResults.procedures })} />
            <Radio value="and" label={t("ui.cls.modeAnd", { procedures: lowResults.procedures })} />
          </RadioGroup>
        </Field>
      </RuleSection>

      <RuleSection value="stablyLow" title={t("ui.cls.stablyLow")} enabled={stablyLow.enabled} offText={off} disabled={disabled}
        toggleLabel={t("ui.cls.apply")} onToggle={(enabled) => patchRule(props, "stablyLow", { enabled })}>
        <NumberField label={t("ui.cls.years")} min={1} max={5} value={stablyLow.years} disabled={disabled}
          onChange={(years) => years !== null && patchRule(props, "stablyLow", { years: Math.round(years) })} />
        <Field label={t("ui.cls.threshold")}>
          <RadioGroup value={stablyLow.kind} disabled={disabled}
            onChange={(_, d) => patchRule(props, "stablyLow", { kind: d.value === "university" ? "university" : "certificate" })}>
            <Radio value="certificate" label={t("ui.cls.thresholdCertificate")} />
            <Radio value="university" label={t("ui.cls.thresholdUniversity")} />
          </RadioGroup>
        </Field>
      </RuleSection>

      <RuleSection value="cluster" title={t("ui.cls.cluster")} enabled={cluster.enabled} offText={off} disabled={disabled}
        toggleLabel={t("ui.cls.apply")} onToggle={(enabled) => patchRule(props, "cluster", { enabled })}>
        <Field label={t("ui.cls.groupBy")}>
          <Dropdown size="small" className={controls.full} disabled={disabled} value={groupBy ? t(groupBy.key) : cluster.groupBy} selectedOptions={[cluster.groupBy]}
            onOptionSelect={(_, d) => d.optionValue && patchRule(props, "cluster", { groupBy: d.optionValue })}>
            {GROUP_BY.map((g) => <Option key={g.value} value={g.value}>{t(g.key)}</Option>)}
          </Dropdown>
        </Field>
        <NumberField label={t("ui.cls.minGroup")} min={2} max={50} value={cluster.minGroup} disabled={disabled}
          onChange={(minGroup) => minGroup !== null && patchRule(props, "cluster", { minGroup: Math.round(minGroup) })} />
        <Field label={t("ui.cls.clusterIndicator")}>
          <IndicatorPicker value={cluster.indicator} indicators={RESULT_INDICATORS} allowNone={false} disabled={disabled}
            label={t("ui.cls.clusterIndicator")} onChange={(indicator) => indicator && patchRule(props, "cluster", { indicator })} />
        </Field>
        <Field label={t("ui.cls.basis")}>
          <RadioGroup value={cluster.basis} disabled={disabled}
            onChange={(_, d) => patchRule(props, "cluster", { basis: d.value as ClusterRule["basis"] })}>
            <Radio value="below_mean" label={t("ui.cls.basisMean")} />
            <Radio value="bottom_quantile" label={t("ui.cls.basisQuantile")} />
          </RadioGroup>
        </Field>
        {cluster.basis === "below_mean" ? (
          <NumberField label={t("ui.cls.ratioCut")} min={0.1} max={2} step={0.05} value={cluster.ratioCut} disabled={disabled}
            hint={t("ui.cls.ratioCutHint")} onChange={(ratioCut) => ratioCut !== null && patchRule(props, "cluster", { ratioCut })} />
        ) : (
          <NumberField label={t("ui.cls.quantile")} percent min={1} max={50} step={5} value={cluster.quantile} disabled={disabled}
            onChange={(quantile) => quantile !== null && patchRule(props, "cluster", { quantile })} />
        )}
      </RuleSection>

      <RuleSection value="blocks" title={t("ui.cls.blocks")} enabled={blocks.enabled} offText={off} disabled={disabled}
        toggleLabel={t("ui.cls.apply")} onToggle={(enabled) => patchRule(props, "blocks", { enabled })}>
        <NumberField label={t("ui.cls.qualityCut")} percent min={1} max={100} step={5} value={blocks.qualityCut} disabled={disabled}
          onChange={(qualityCut) => qualityCut !== null && patchRule(props, "blocks", { qualityCut })} />
        <NumberField label={t("ui.cls.relativeCut")} percent min={1} max={100} step={5} value={blocks.relativeCut} disabled={disabled}
          onChange={(relativeCut) => relativeCut !== null && patchRule(props, "blocks", { relativeCut })} />
        <NumberField label={t("ui.cls.weakBlocks")} min={1} max={4} value={blocks.weakBlocksForLow} disabled={disabled}
          onChange={(n) => n !== null && patchRule(props, "blocks", { weakBlocksForLow: Math.round(n) })} />
      </RuleSection>
    </>
  );
}
