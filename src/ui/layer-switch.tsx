import { useApp, useT } from './app-context';
import { layerNameKeys, orderedLayers } from './layer-names';

export function LayerSwitch() {
  const { store, controller } = useApp();
  const t = useT();
  const layers = orderedLayers(store.summary.value?.layers ?? Object.keys(layerNameKeys));
  const current = store.populationLayer.value;
  return (
    <div class="layer-switch">
      <span class="layer-switch-label">{t('layerLabel')}</span>
      <fieldset class="segmented" aria-label={t('layerLabel')} data-testid="layer-switch">
        {layers.map((layer) => {
          const keys = layerNameKeys[layer];
          return (
            <button
              key={layer}
              type="button"
              data-testid={`layer-${layer}`}
              aria-pressed={current === layer}
              title={keys ? t(keys.hint) : layer}
              disabled={!store.summary.value}
              onClick={() => void controller.setPopulationLayer(layer)}
            >
              {keys ? t(keys.name) : layer}
            </button>
          );
        })}
      </fieldset>
    </div>
  );
}
